package cn.gongkai.itemexcel;

/**
 * One column of a list's sheet: its Chinese header, the field of the API body it fills (a dotted path such as
 * {@code fee.charged}), the cell syntax, whether it must be filled, and an example for the template.
 * {@code reference} marks columns that name other records by code (resolved to ids on import, written as codes on
 * export) so that an export re-imports into another org.
 */
record Column(String header, String path, CellSyntax syntax, boolean required, String example, Reference reference) {

    static Column of(String header, String path, CellSyntax syntax, String example) {
        return new Column(header, path, syntax, false, example, Reference.NONE);
    }

    static Column required(String header, String path, CellSyntax syntax, String example) {
        return new Column(header, path, syntax, true, example, Reference.NONE);
    }

    Column referencing(Reference ref) {
        return new Column(header, path, syntax, required, example, ref);
    }

    /** the drop-down of a single-choice column, else null */
    CellSyntax.Choice choice() {
        return syntax instanceof CellSyntax.Choice c ? c : null;
    }

    /** what a column's codes point at */
    enum Reference {
        NONE,
        /** 主项编码: a power item of the same org, in the database or in the same file */
        PARENT,
        /** 公开主体: an org, by its code */
        ORG,
        /** 来源事项: power or service items by code, in the importing org unless an org code is given */
        SOURCES
    }
}
