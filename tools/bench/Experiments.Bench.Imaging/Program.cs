using Experiments.Bench.Imaging;

return await SeriesReadBenchmark.RunAsync(args);
