#include "ui/app_resources.h"

#include <QtGlobal>
#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerUiResources() {
    Q_INIT_RESOURCE(resources);
}

namespace mc::ui {

void ensureResources() {
    static std::once_flag once;
    std::call_once(once, registerUiResources);
}

} // namespace mc::ui
