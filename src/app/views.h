// The views, one file each (view_*.cpp), all over the same AppState.
#pragma once

#include "app/app.h"

namespace jv::app {

// The bar along the top: product name, what it is for, the privacy promise, "Over".
// Returns its height in CSS pixels so the view below starts under it.
float view_titlebar(AppState& app);

// The row of tabs under the title bar: Start, Eigen cijfers.
void view_tabs(AppState& app);

// "Eigen cijfers": load own figures (file, drop, paste, examples), see what was read and skipped,
// and the figures beside the benchmark where the definitions match.
void view_owndata(AppState& app);

// The starting view until the benchmark views arrive: what the tool is for and who it serves.
void view_home(AppState& app);

// The "Over Jeugdvergelijker" dialog: privacy, sources, licences, version.
void view_about(AppState& app);

}  // namespace jv::app
