// benchmark: leak GDPR003
// A batch of documents inserted; the type declares a purpose but no basis.
using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using MongoDB.Driver;

[ProcessingPurpose("Keep the attendance list of an event")]
public sealed class AttendeeDocument
{
    public string Id { get; set; } = "";
    [PersonalData] public string FullName { get; set; } = "";
}

public sealed class Attendees
{
    public Task AddAsync(IMongoCollection<AttendeeDocument> collection, List<AttendeeDocument> attendees)
    {
        return collection.InsertManyAsync(attendees); // expected
    }
}
