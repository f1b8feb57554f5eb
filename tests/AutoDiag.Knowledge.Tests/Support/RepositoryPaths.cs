namespace AutoDiag.Knowledge.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The folder holding AutoDiag.slnx, found upwards from the test assembly.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoDiag.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
