from journeys.threads import limit_blas_threads

limit_blas_threads()  # before numpy loads, when the package is imported first (the CLI, the bot)
