// libtorch's seed and thread count are process-wide: tests that train must not run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
