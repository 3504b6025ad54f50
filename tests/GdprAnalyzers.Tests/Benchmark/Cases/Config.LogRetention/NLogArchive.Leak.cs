// benchmark: leak GDPR021
// NLog archives the file every day and keeps every archive.
using NLog.Targets;

public static class Logging
{
    public static FileTarget Create() => new FileTarget("file") // expected
    {
        FileName = "logs/shop.log",
        ArchiveEvery = FileArchivePeriod.Day,
    };
}
