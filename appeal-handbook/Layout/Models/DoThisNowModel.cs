namespace AppealHandbook.Layout.Models;

/// <summary>
/// The "Do this now" box at the top of an article about a notice: what to do today, what not to
/// do, and the section of the deadlines guide that applies.
/// </summary>
/// <param name="FirstSteps">Things to do today, as plain text.</param>
/// <param name="Avoid">Things not to do, as plain text.</param>
/// <param name="Deadline">The deadlines guide's section for this notice (its heading and URL); null when none is given.</param>
public sealed record DoThisNowModel(IReadOnlyList<string> FirstSteps, IReadOnlyList<string> Avoid, LinkModel? Deadline);
