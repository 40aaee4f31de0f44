using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Yincai.Benchmarks;

[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public partial class MatchingBenchmarks;
