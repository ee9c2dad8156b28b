using System.Diagnostics;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Cli;

/// <summary>Runs the built <c>newsentities</c> program as a separate process, the way users and other tools do.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(CliAssembly());
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("newsentities did not finish in two minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The CLI built in the same configuration as this test assembly (bin/&lt;Configuration&gt;/net10.0).</summary>
    private static string CliAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name;
        string configuration = testOutput.Parent!.Name;
        string path = Path.Combine(RepositoryPaths.Root, "src", "NewsEntities.Cli", "bin", configuration, framework, "NewsEntities.Cli.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the CLI first", path);
    }
}
