namespace Graph.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("graph: no commands yet");
        return args.Length == 0 ? 1 : 2;
    }
}
