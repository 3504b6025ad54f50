// benchmark: leak GDPR002
// A document with a personal data member inserted into MongoDB.
using GdprAnalyzers.Annotations;
using MongoDB.Driver;

public sealed class ContactDocument
{
    public string Id { get; set; } = "";
    [PersonalData] public string Email { get; set; } = "";
}

public sealed class Contacts
{
    public void Add(IMongoCollection<ContactDocument> collection, ContactDocument document)
    {
        collection.InsertOne(document); // expected
    }
}
