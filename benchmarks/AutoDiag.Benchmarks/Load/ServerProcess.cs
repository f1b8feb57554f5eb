using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace AutoDiag.Benchmarks.Load;

/// <summary>
/// A bot served in a process of its own on the loopback — the AutoDiag bot as built (<c>AutoDiag.Bot.dll</c>, its
/// own runtime settings and <c>appsettings.json</c>), or the echo bot of this program — so that its memory and CPU
/// are its own, apart from the load generator's. Its output goes to a log file.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private ServerProcess(Process process, Uri baseAddress, string logPath, StreamWriter log)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int Id => process.Id;

    /// <summary>The AutoDiag bot on <paramref name="settings"/> (environment variables, e.g. <c>ConnectionStrings__AutoDiag</c>).</summary>
    public static Task<ServerProcess> StartBotAsync(string botAssembly, IEnumerable<KeyValuePair<string, string>> settings, string logPath)
    {
        if (!File.Exists(botAssembly))
        {
            throw new FileNotFoundException($"The bot is not built at {botAssembly}: build the solution in this configuration, or pass --bot.", botAssembly);
        }
        // Its content root is its folder, where its appsettings.json is, as when deployed.
        return StartAsync(botAssembly, [], Path.GetDirectoryName(botAssembly)!, settings, logPath);
    }

    /// <summary>
    /// This program's echo bot (<see cref="EchoServer"/>), with the bot's logging settings and, like the bot
    /// (a Microsoft.NET.Sdk.Web project), the server garbage collector.
    /// </summary>
    public static Task<ServerProcess> StartEchoAsync(
        string botAssembly, IEnumerable<KeyValuePair<string, string>> settings, string logPath)
    {
        var self = typeof(ServerProcess).Assembly.Location;
        var botSettings = Path.Combine(Path.GetDirectoryName(botAssembly)!, "appsettings.json");
        return StartAsync(
            self,
            [EchoServer.Command, "--settings", botSettings],
            Path.GetDirectoryName(self)!,
            settings.Append(new("DOTNET_gcServer", "1")),
            logPath);
    }

    private static async Task<ServerProcess> StartAsync(
        string assembly, IReadOnlyList<string> arguments, string workingDirectory, IEnumerable<KeyValuePair<string, string>> settings, string logPath)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        // As deployed: not the Development environment `dotnet run` would give, and no address from the caller's shell.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, baseAddress, logPath, log);
        try
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a process being disposed.
            }
        }
    }

    /// <summary>Both bots answer <c>GET /healthz</c> once they serve (the AutoDiag bot after its database is ready).</summary>
    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot process stopped at start-up (exit code {process.ExitCode}):\n{Tail()}");
            }
            try
            {
                using var response = await http.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The bot did not answer /healthz within {timeout.TotalSeconds:F0} s:\n{Tail()}");
    }

    /// <summary>The last lines the process wrote.</summary>
    public string Tail(int lines = 30)
    {
        lock (log)
        {
            try
            {
                log.Flush();
            }
            catch (ObjectDisposedException)
            {
            }
        }
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    /// <summary>How many lines of the log contain <paramref name="text"/>.</summary>
    public int CountLogLines(string text)
    {
        lock (log)
        {
            log.Flush();
        }
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>A port free on the loopback now (the bot binds it a moment later).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGTERM, as a host stops an app (the bot finishes its turns); killed if it takes more than 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            {
                _ = Kill(process.Id, 15);
            }
            else
            {
                process.Kill(entireProcessTree: true);
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
