// benchmark: safe GDPR003
// The type declares both.
using System.Collections.Generic;
using System.Threading.Tasks;
using GdprAnalyzers.Annotations;
using MongoDB.Driver;

[ProcessingPurpose("Keep the attendance list of an event")]
[LawfulBasis(LawfulBasis.Consent)]
public sealed class AttendeeDocument
{
    public string Id { get; set; } = "";
    [PersonalData] public string FullName { get; set; } = "";
}

public sealed class Attendees
{
    public Task AddAsync(IMongoCollection<AttendeeDocument> collection, List<AttendeeDocument> attendees)
    {
        return collection.InsertManyAsync(attendees);
    }
}
