#include "app/own_figures.h"

#include <string>

#include "app/i18n.h"
#include "core/ownset.h"

namespace jv::app {

OwnShown own_shown(const AppState& app) {
  OwnShown out;
  const Dataset& d = app.model.store.data;
  if (app.view.gemeente < 0 || static_cast<std::size_t>(app.view.gemeente) >= d.gemeenten.size()) return out;
  const std::string& code = d.gemeenten[static_cast<std::size_t>(app.view.gemeente)].code;
  const std::vector<std::size_t> rows = own_rows_of(app.own.data, code, out.trimmed_flows);
  const std::vector<std::ptrdiff_t> national = own_national(app.own.data, rows);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const OwnValue& v = app.own.data.values[rows[r]];
    OwnShownRow row;
    row.value = rows[r];
    row.national = national[r];
    row.cmp = check_comparability(*app.own.data.indicator(v.indicator), v.period, d);
    if (row.cmp.comparable) {
      row.benchmark =
          compare(app.model.store.bench, app.view.gemeente, row.cmp.variable,
                  make_group(app.model.store.bench, app.view.gemeente, GroupKind::Nederland, 10, {}, translations()));
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace jv::app
