// benchmark: safe GDPR002
// The replacement document holds the country.
using MongoDB.Driver;

public sealed class ProfileDocument
{
    public string Id { get; set; } = "";
    public string Contact { get; set; } = "";
}

public sealed class Profiles
{
    public void Replace(IMongoCollection<ProfileDocument> collection, string id, Customer customer)
    {
        var document = new ProfileDocument { Id = id, Contact = customer.Country };
        collection.ReplaceOne(Builders<ProfileDocument>.Filter.Eq(d => d.Id, id), document);
    }
}
