using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>
/// The built bot (<c>dotnet AutoDiag.Bot.dll</c>) running as a separate process on a free loopback port,
/// in Development, on a given SQLite file. Its console output goes to a log file. Disposing kills it.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly object logLock = new();
    private bool logClosed;

    private BotProcess(Process process, StreamWriter log, string logPath, int port)
    {
        this.process = process;
        this.log = log;
        LogPath = logPath;
        Port = port;
    }

    public int Port { get; }
    public string LogPath { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}/api/messages";
    public int ProcessId => process.Id;

    /// <summary>Starts the bot and waits until <c>GET /healthz</c> answers 200.</summary>
    public static async Task<BotProcess> StartAsync(string databasePath, string logPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepositoryLayout.BotOutputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryLayout.BotAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__AutoDiag"] = $"Data Source={databasePath}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // The playground calls the bot anonymously: no app id, whatever the machine's environment says.
        start.Environment["MicrosoftAppId"] = "";
        start.Environment["MicrosoftAppPassword"] = "";

        var logWriter = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, logWriter, logPath, port);
        process.OutputDataReceived += (_, e) => bot.Log(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Log(e.Data);
        bot.Log($"--- {DateTime.Now:HH:mm:ss.fff} starting {start.FileName} {string.Join(' ', start.ArgumentList)} on {databasePath}");
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await bot.WaitUntilHealthyAsync();
        }
        catch
        {
            bot.Dispose();
            throw;
        }
        return bot;
    }

    /// <summary>A hard stop (SIGKILL), as when the server crashes or its container is replaced.</summary>
    public void Kill()
    {
        if (HasExited())
        {
            return;
        }
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        Log($"--- {DateTime.Now:HH:mm:ss.fff} killed");
    }

    public string LogTail(int lines = 40)
    {
        lock (logLock)
        {
            if (!logClosed)
            {
                log.Flush();
            }
        }
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var all = new StreamReader(stream).ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException e)
        {
            return $"(cannot read {LogPath}: {e.Message})";
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
        lock (logLock)
        {
            logClosed = true;
            log.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = $"http://127.0.0.1:{Port}/healthz";
        var watch = Stopwatch.StartNew();
        string last = "no answer yet";
        while (watch.Elapsed < StartTimeout)
        {
            if (HasExited())
            {
                throw new InvalidOperationException(
                    $"The bot exited with code {process.ExitCode} before answering {url}. Its log ({LogPath}):\n{LogTail()}");
            }
            try
            {
                using var response = await http.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException(
            $"The bot did not answer 200 on {url} within {StartTimeout.TotalSeconds} s (last: {last}). Its log ({LogPath}):\n{LogTail()}");
    }

    private bool HasExited()
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (logLock)
        {
            // The output of a killed process can still arrive after Dispose.
            if (!logClosed)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs this test (set by the SDK), else <c>dotnet</c> from the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
