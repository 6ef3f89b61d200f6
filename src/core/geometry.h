// Map geometry (being written; see tests/core/test_geometry.cpp).
#pragma once
