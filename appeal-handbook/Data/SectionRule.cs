using AppealHandbook.Core;

namespace AppealHandbook.Data;

/// <summary>A required H2 section: its id and its usual heading in each language.</summary>
public sealed record SectionRule(string Id, LocalizedText Heading);
