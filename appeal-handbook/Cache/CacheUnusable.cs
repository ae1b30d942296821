namespace AppealHandbook.Cache;

/// <summary>Why the build cache on disk cannot be used; the build goes on without it and says so in one line.</summary>
internal sealed class CacheUnusable(string reason) : Exception(reason);
