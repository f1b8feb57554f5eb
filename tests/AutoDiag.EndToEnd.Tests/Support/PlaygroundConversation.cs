using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>What one run of the harness's UI driver (<c>converse.mjs</c>) gave.</summary>
public sealed record ConversationRun(string Script, string OutputDirectory, int ExitCode, bool TimedOut, string StandardOutput, string StandardError, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>Everything needed to understand a failure without running it again.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(TimedOut
            ? $"The harness did not finish {Path.GetFileName(Script)} within its time limit (killed after {Duration.TotalSeconds:0} s)."
            : $"The harness exited with code {ExitCode} on {Path.GetFileName(Script)} (1: a step failed, 2: set-up error) after {Duration.TotalSeconds:0} s.");
        text.AppendLine($"Output folder (transcript.json, screenshots, fail-NN.png, playground.log): {OutputDirectory}");
        text.AppendLine("--- harness stderr (one line per step) ---");
        text.AppendLine(StandardError.TrimEnd());
        text.AppendLine("--- harness stdout ---");
        text.AppendLine(StandardOutput.TrimEnd());
        return text.ToString();
    }
}

/// <summary>Plays a conversation script in the Microsoft 365 Agents Playground UI, through the harness.</summary>
public static class PlaygroundConversation
{
    public static async Task<ConversationRun> RunAsync(string harness, string endpoint, string script, string outputDirectory, TimeSpan timeout)
    {
        Directory.CreateDirectory(outputDirectory);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = harness,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(harness, "converse.mjs"),
            "--endpoint", endpoint,
            "--script", script,
            "--out", outputDirectory,
            // Stop at the first failed step: the steps after it would only wait for their timeouts.
            "--bail",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        var watch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot run node ({e.Message}): the harness needs Node.js on the PATH.", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var cancellation = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                // The playground and Chromium are children of the harness: take them down too.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        // Let the last asynchronous output lines arrive.
        process.WaitForExit();

        return new ConversationRun(script, outputDirectory, process.ExitCode, timedOut, Read(stdout), Read(stderr), watch.Elapsed);
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
