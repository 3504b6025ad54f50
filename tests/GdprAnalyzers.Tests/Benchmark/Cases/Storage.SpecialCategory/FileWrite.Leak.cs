// benchmark: leak GDPR014
// A health note appended to a file as typed.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class HealthNote
{
    [PersonalData(PersonalDataCategory.SpecialCategory)] public string Text { get; set; } = "";
}

public sealed class NoteFile
{
    public void Save(HealthNote note)
    {
        string line = note.Text + "\n";
        File.AppendAllText("notes.txt", line); // expected
    }
}
