namespace AutoDiag.Deployment.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The folder holding AutoDiag.slnx, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");

    public static string Teams => Path.Combine(DeploymentTemplates, "teams");

    public static string InDeploymentTemplates(params string[] parts) => Path.Combine([DeploymentTemplates, .. parts]);

    public static string InTeams(params string[] parts) => Path.Combine([Teams, .. parts]);

    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AutoDiag.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
