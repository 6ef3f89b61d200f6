// Eigen cijfers as the view lists them, once for the view, its "Exporteer wat u ziet" and its PNG:
// the figures of the gemeente on screen (never another gemeente's), Nederland's beside them, and
// the benchmark where the definitions allow it.
#pragma once

#include <cstddef>
#include <vector>

#include "app/app.h"
#include "core/compare.h"
#include "core/owndata.h"

namespace jv::app {

struct OwnShownRow {
  std::size_t value = 0;         // index in app.own.data.values
  std::ptrdiff_t national = -1;  // Nederland's figure of the same indicator, breakdown and period, or -1
  Comparability cmp;             // against the benchmark: same population, kind of care and period
  Comparison benchmark;          // when cmp.comparable: the gemeente's figure there and Nederland's
};

struct OwnShown {
  std::vector<OwnShownRow> rows;  // core/ownset.h own_rows_of's order
  bool trimmed_flows = false;     // flow figures of earlier periods left out (own_rows_of)
};

// The own figures of app.view.gemeente; none without a gemeente.
OwnShown own_shown(const AppState& app);

}  // namespace jv::app
