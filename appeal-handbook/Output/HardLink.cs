using System.Runtime.InteropServices;

namespace AppealHandbook.Output;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>): a file the previous build wrote and
/// this one would write again byte for byte costs a directory entry instead of a copy.
/// </summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="target"/> a new name of <paramref name="existing"/>, copying where links are not available.</summary>
    public static void Create(string existing, string target)
    {
        if (OperatingSystem.IsWindows() || Link(existing, target) != 0)
        {
            // Another file system under the same folder, or a platform without links: a copy has the same bytes.
            File.Copy(existing, target);
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string target);
}
