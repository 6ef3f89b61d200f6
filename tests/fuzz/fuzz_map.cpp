// libFuzzer target: the map reader (core/geometry.h read_map), which reads the map compiled into
// the page, on arbitrary bytes. Its promise: never read outside the bytes, never allocate more
// than a small multiple of them, a message and an untouched map for anything broken. A map it
// accepts must write back to bytes that read as the same map.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/geometry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jv::geo::Map map;
  map.year = 1999;
  const jv::geo::Map before = map;
  std::string error;
  if (!jv::geo::read_map({data, size}, map, error)) {
    if (!(map == before) || error.empty()) std::abort();
    return 0;
  }
  const std::vector<std::uint8_t> bytes = jv::geo::write_map(map);
  if (bytes.empty()) std::abort();  // what the reader accepts, the writer can store
  jv::geo::Map again;
  if (!jv::geo::read_map(bytes, again, error) || !(again == map)) std::abort();
  return 0;
}
