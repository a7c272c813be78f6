// The reliability tests start real server processes that each want every core: one at a time keeps their timings honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
