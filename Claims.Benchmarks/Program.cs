return await Claims.Benchmarks.ClaimsBenchmarks.RunAsync(args);
