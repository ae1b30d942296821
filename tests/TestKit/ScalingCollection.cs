namespace AppealHandbook.Tests.TestKit;

/// <summary>Size-scaling tests compare timings, so they run after the others, one at a time.</summary>
[CollectionDefinition(Hostile.ScalingHostileTests.Name, DisableParallelization = true)]
public sealed class ScalingCollection;
