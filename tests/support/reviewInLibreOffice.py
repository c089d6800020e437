"""Reviews a Word file as a person would in LibreOffice Writer, through Python-UNO.

Usage: reviewInLibreOffice.py INPUT.docx OUTPUT.docx PROFILE_DIRECTORY BOOKMARK AFTER_TEXT INSERTED COMMENT

Starts soffice headless, opens INPUT, puts a comment (an annotation) over the text of the
bookmark BOOKMARK, records a tracked insertion of INSERTED just after AFTER_TEXT inside that text,
and saves the result as OUTPUT in Word's format. Exits non-zero on any failure.
"""

import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.util import DateTime


def property_value(name, value):
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result


def connect(pipe_name, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + 120
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe_name};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.25)


def review(context, input_path, output_path, bookmark, after_text, inserted, comment):
    # The document is opened without a view: a view would open the comment's side window, whose
    # dialog definitions the -nogui packages do not ship (soffice aborts).
    document = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.text.TextDocument", context
    )
    document.load(
        (
            property_value("URL", uno.systemPathToFileUrl(input_path)),
            property_value("FilterName", "MS Word 2007 XML"),
        )
    )
    anchor = document.getBookmarks().getByName(bookmark).getAnchor()
    field_text = anchor.getString()
    if after_text not in field_text:
        raise RuntimeError(f"{after_text!r} is not in the bookmark's text {field_text!r}")
    text = anchor.getText()

    document.RecordChanges = True
    cursor = text.createTextCursorByRange(anchor.getStart())
    cursor.goRight(field_text.index(after_text) + len(after_text), False)
    text.insertString(cursor, inserted, False)
    document.RecordChanges = False

    annotation = document.createInstance("com.sun.star.text.textfield.Annotation")
    annotation.Author = "LibreOffice Reviewer"
    annotation.Content = comment
    stamp = DateTime()
    stamp.Year, stamp.Month, stamp.Day, stamp.Hours, stamp.Minutes = 2026, 12, 4, 8, 30
    annotation.DateTimeValue = stamp
    # Spanning the comment over the field's text, as selecting it and commenting does.
    selection = text.createTextCursorByRange(anchor.getStart())
    selection.goRight(len(anchor.getString()), True)
    text.insertTextContent(selection, annotation, True)

    document.storeToURL(
        uno.systemPathToFileUrl(output_path), (property_value("FilterName", "MS Word 2007 XML"),)
    )
    document.close(True)


def main():
    input_path, output_path, profile, bookmark, after_text, inserted, comment = sys.argv[1:8]
    pipe_name = f"mlreview{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe_name};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        context = connect(pipe_name, office)
        review(
            context,
            os.path.abspath(input_path),
            os.path.abspath(output_path),
            bookmark,
            after_text,
            inserted,
            comment,
        )
        try:
            context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            ).terminate()
        except Exception:
            pass  # terminate() drops the bridge it is called over
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    main()
