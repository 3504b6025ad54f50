// benchmark: safe GDPR021
// The archive is bounded to two weeks, set on the local after its creation.
using NLog.Targets;

public static class Logging
{
    public static FileTarget Create()
    {
        var target = new FileTarget("file")
        {
            FileName = "logs/shop.log",
            ArchiveEvery = FileArchivePeriod.Day,
        };
        target.MaxArchiveDays = 14;
        return target;
    }
}
