#include "core/stats.h"
