namespace Portrea.Cli;

public static class Programme
{
    public static int Main() => 0;
}
