#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/format.h"

using jv::format_count;
using jv::format_euro;
using jv::format_number;
using jv::format_percent;

TEST_CASE("format_number writes Dutch digits: thousands point, decimal comma") {
  CHECK(format_number(1234.5, 1) == "1.234,5");
  CHECK(format_number(1234567.891, 2) == "1.234.567,89");
  CHECK(format_number(12.0, 0) == "12");
  CHECK(format_number(0.5, 3) == "0,500");
  CHECK(format_number(100.0, 0) == "100");
  CHECK(format_number(1000.0, 0) == "1.000");
}

TEST_CASE("format_number rounds half away from zero, as people check by hand") {
  CHECK(format_number(0.125, 2) == "0,13");  // printf would give 0,12
  CHECK(format_number(2.5, 0) == "3");
  CHECK(format_number(999.95, 1) == "1.000,0");
  CHECK(format_number(-2.5, 0) ==
        "\xE2\x88\x92"
        "3");
}

TEST_CASE("format_number: a negative value that rounds to zero has no minus sign") {
  CHECK(format_number(-0.04, 1) == "0,0");
  CHECK(format_number(-1234.5, 1) ==
        "\xE2\x88\x92"
        "1.234,5");
}

TEST_CASE("format_number: no value prints as an en dash") {
  CHECK(format_number(std::numeric_limits<double>::quiet_NaN(), 1) == "\xE2\x80\x93");
  CHECK(format_number(std::numeric_limits<double>::infinity(), 1) == "\xE2\x80\x93");
}

TEST_CASE("format_count, format_percent and format_euro as the policy documents write them") {
  CHECK(format_count(27605) == "27.605");    // Alkmaar, youth under 23 (ALK L911)
  CHECK(format_percent(12.84) == "12,8 %");  // Hilversum 2022
  CHECK(format_percent(13.25) == "13,3 %");
  CHECK(format_percent(1.2, 1) == "1,2 %");                 // thuiszitters HLT
  CHECK(format_euro(522500) == "\xE2\x82\xAC 522.500");     // HLT investment per year
  CHECK(format_euro(9679799) == "\xE2\x82\xAC 9,7 mln");    // HLT costs 2023
  CHECK(format_euro(24953837) == "\xE2\x82\xAC 25,0 mln");  // Hilversum budget 2024
  CHECK(format_euro(1.9e9) == "\xE2\x82\xAC 1,9 mld");
  CHECK(format_euro(-265639) ==
        "\xE2\x82\xAC \xE2\x88\x92"
        "265.639");
}

TEST_CASE("English numbers: decimal point, thousands comma, 12.8% and €10.0 m") {
  const jv::Lang en = jv::Lang::En;
  CHECK(format_percent(12.84, 1, en) == "12.8%");
  CHECK(format_count(27605, en) == "27,605");
  CHECK(format_number(1234567.891, 2, en) == "1,234,567.89");
  CHECK(format_number(-3.25, 1, en) ==
        "\xE2\x88\x92"
        "3.3");
  CHECK(format_euro(9679799.0, en) ==
        "\xE2\x82\xAC"
        "9.7 m");
  CHECK(format_euro(1.94e9, en) ==
        "\xE2\x82\xAC"
        "1.9 bn");
  CHECK(format_euro(522500.0, en) ==
        "\xE2\x82\xAC"
        "522,500");
  // Dutch stays the default, so the command line and every Dutch screen are unchanged.
  CHECK(format_percent(12.84) == "12,8 %");
  CHECK(format_count(27605) == "27.605");
}

TEST_CASE(
    "format_file_size: bytes below 1 kB, kB below 100 kB, MB with one decimal below 1.000 MB, GB from there, in binary units") {
  CHECK(jv::format_file_size(0) == "0 bytes");
  CHECK(jv::format_file_size(1) == "1 byte");
  CHECK(jv::format_file_size(200) == "200 bytes");  // a one-row file, not "0,0 MB"
  CHECK(jv::format_file_size(1023) == "1.023 bytes");
  CHECK(jv::format_file_size(1024) == "1 kB");
  CHECK(jv::format_file_size(12800) == "13 kB");    // 12,5 kB
  CHECK(jv::format_file_size(102399) == "100 kB");  // just under 100 kB
  CHECK(jv::format_file_size(102400) == "0,1 MB");  // 100 kB = 0,098 MB
  CHECK(jv::format_file_size(2048000, jv::Lang::En) == "2.0 MB");
  CHECK(jv::format_file_size(460800) == "0,4 MB");           // 450 KB = 0,439 MB
  CHECK(jv::format_file_size(21.0 * 1048576) == "21,0 MB");  // just over the own-data limit
  CHECK(jv::format_file_size(999.0 * 1048576) == "999,0 MB");
  CHECK(jv::format_file_size(1000.0 * 1048576) == "1,0 GB");    // 0,977 GB: never "1.000,0 MB"
  CHECK(jv::format_file_size(1073741824.0) == "1,0 GB");        // 2^30
  CHECK(jv::format_file_size(3.0 * 1073741824.0) == "3,0 GB");  // the sparse file of the browser test
  CHECK(jv::format_file_size(1610612736.0, jv::Lang::En) == "1.5 GB");
}
