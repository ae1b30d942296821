using AppealHandbook.Core;

namespace AppealHandbook.Notices;

/// <summary>The facts the notices folder adds to a build.</summary>
public static class NoticeFacts
{
    /// <summary>The decoder's phrases, by complaint type (<see cref="ReadNoticePhrases"/>); empty when the input has none.</summary>
    public static readonly Fact<NoticeLibrary> Phrases = new(nameof(Phrases));
}
