// Each test starts training processes that use both cores; running them side by side only
// slows every one of them down.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
