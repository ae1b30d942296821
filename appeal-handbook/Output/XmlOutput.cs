using System.Text;
using System.Xml;
using AppealHandbook.Core;

namespace AppealHandbook.Output;

/// <summary>Writes an XML output file: UTF-8 without a byte-order mark, indented, ending with a newline.</summary>
public static class XmlOutput
{
    /// <summary>Runs <paramref name="write"/> against a fresh document and returns the file.</summary>
    public static OutputFile Create(string path, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        // Characters XML cannot carry (control characters) are rejected where front matter and data are read.
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(path, stream.ToArray());
    }
}
