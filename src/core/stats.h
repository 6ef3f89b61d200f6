// Statistics for the benchmark (being written; see tests/core/test_stats.cpp).
#pragma once
