using System.Runtime.InteropServices;


namespace AppealHandbook.Output;

/// <summary>
/// Swaps two folders in one step where the operating system can (Linux's <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>), so there is no moment when the output folder is missing and no
/// moment a killed build could leave the previous site under another name.
/// </summary>
internal static class FolderExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2;           // RENAME_EXCHANGE

    /// <summary>
    /// Exchanges <paramref name="first"/> and <paramref name="second"/> atomically; false when the
    /// platform or file system cannot, and then nothing has changed.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(CurrentDirectory, first, CurrentDirectory, second, Exchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2 (older glibc, some musl builds)
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(
        int oldDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath,
        uint flags);
}
