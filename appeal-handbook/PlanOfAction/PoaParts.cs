using AppealHandbook.Core;
namespace AppealHandbook.PlanOfAction;

/// <summary>The names of the three lists of a building-block file (SPEC §4).</summary>
public static class PoaParts
{
    /// <summary>Root causes.</summary>
    public const string Causes = "causes";

    /// <summary>Corrective actions: what has been done.</summary>
    public const string Corrective = "corrective";

    /// <summary>Preventive measures: what keeps it from happening again.</summary>
    public const string Preventive = "preventive";

    /// <summary>All three, in the order a Plan of Action presents them.</summary>
    public static readonly IReadOnlyList<string> All = [Causes, Corrective, Preventive];
}
