#pragma once
// The ui library's compiled-in resources (icons). A static library's
// resources must be registered by hand before first use; safe to call often.

namespace mc::ui {

void ensureResources();

} // namespace mc::ui
