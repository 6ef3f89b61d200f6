// A small JSON writer for machine-readable output (the CLI's --json, the app's test hook).
// Numbers that are NaN or infinite are written as null: JSON has no NaN.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jv {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(double number);
  JsonWriter& value(int number) { return value(static_cast<double>(number)); }
  JsonWriter& value(std::size_t number) { return value(static_cast<double>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();
  const std::string& str() const { return out_; }

 private:
  void separate();
  std::string out_;
  std::vector<bool> has_items_;  // per open container
  bool after_key_ = false;
};

void json_escape_into(std::string& out, std::string_view text);

}  // namespace jv
