namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>One folder per run under $TMPDIR/autodiag-e2e, kept for the screenshots; the ten newest are kept.</summary>
public static class RunDirectory
{
    private const int Kept = 10;

    public static string Create()
    {
        var parent = Path.Combine(Path.GetTempPath(), "autodiag-e2e");
        var directory = Directory.CreateDirectory(Path.Combine(parent, $"{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}"));
        foreach (var old in new DirectoryInfo(parent).GetDirectories().OrderByDescending(d => d.Name).Skip(Kept))
        {
            try
            {
                old.Delete(recursive: true);
            }
            catch (IOException)
            {
                // In use by another run: next time.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return directory.FullName;
    }
}
