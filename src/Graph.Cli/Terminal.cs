using Spectre.Console;

namespace Graph.Cli;

/// <summary>
/// Standard output as a Spectre console that never emits colour codes when output is redirected,
/// so piped output and tests read plain text, and a terminal still gets tables.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = Create();

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });

        // Redirected output has no window to fit: give tables room rather than wrapping every cell.
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
