// libFuzzer target: the address fragment of a shared link (app/view_link.h), which anyone can type
// or paste. Decoding must never crash or hang, and what it decodes must survive the round trip:
// the link the app writes for that state reads back as the same state. Otherwise a shared view
// opens as another view for the partner who clicks it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/view_link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view fragment(reinterpret_cast<const char*>(data), size);
  jv::app::ViewLink link;
  jv::app::ViewLinkGiven given;
  const bool any = jv::app::decode_view_link(fragment, link, &given);
  if (!any && !(link == jv::app::ViewLink{})) std::abort();  // nothing usable must change nothing

  const std::string encoded = jv::app::encode_view_link(link);
  jv::app::ViewLink again;
  jv::app::decode_view_link(encoded, again);
  if (!(again == link)) std::abort();
  if (jv::app::encode_view_link(again) != encoded) std::abort();
  return 0;
}
