#include "cli/cli_threads.hpp"

#include "core/base/worker_pool.hpp"

namespace sv::cli {

unsigned cli_max_threads() {
#ifdef SV_CLI_PTHREAD_POOL_MAX
    // WASM with pthreads: the pool holds min(cores, SV_CLI_PTHREAD_POOL_MAX) − 1 workers (src/CMakeLists.txt
    // builds the same expression into -sPTHREAD_POOL_SIZE), and the main thread works too.
    const unsigned cores = hardware_threads();
    return cores < SV_CLI_PTHREAD_POOL_MAX ? cores : SV_CLI_PTHREAD_POOL_MAX;
#else
    return kHaveThreads ? 256 : 1;
#endif
}

unsigned cli_default_threads() {
    const unsigned cores = hardware_threads();
    const unsigned most = cli_max_threads();
    return cores < most ? cores : most;
}

} // namespace sv::cli
