package cn.gongkai.itemexcel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one cell holds one field: the text a person types (and an export writes) and the JSON value of the API. Every
 * syntax round-trips: {@code read(write(v))} equals {@code v}. Multi-valued cells hold one entry per line, the parts
 * of an entry separated by {@code |}; inside them {@link Escapes} protects {@code \}, {@code |} and line breaks.
 */
interface CellSyntax {

    JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** the value of a non-blank cell; {@link CellError} with a Chinese message if it is not valid */
    JsonNode read(String text);

    /** the cell text of a value (null or empty text for an absent value) */
    String write(JsonNode value);

    /** how to fill the cell, for the template's 说明 sheet */
    String describe();

    /** a value that is not what the syntax expects */
    final class CellError extends RuntimeException {
        CellError(String message) {
            super(message, null, false, false);
        }
    }

    // ----------------------------------------------------------------------------------------------------------

    CellSyntax TEXT = new CellSyntax() {
        public JsonNode read(String text) {
            return NODES.stringNode(text);
        }

        public String write(JsonNode value) {
            return value.asString();
        }

        public String describe() {
            return "文本";
        }
    };

    CellSyntax INTEGER = new CellSyntax() {
        public JsonNode read(String text) {
            try {
                BigDecimal n = new BigDecimal(text.strip());
                return NODES.numberNode(n.intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CellError("“" + text + "”不是整数");
            }
        }

        public String write(JsonNode value) {
            return value.asString();
        }

        public String describe() {
            return "整数";
        }
    };

    CellSyntax DATE = new CellSyntax() {
        private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

        public JsonNode read(String text) {
            try {
                return NODES.stringNode(LocalDate.parse(text.strip()).toString());
            } catch (DateTimeParseException e) {
                try {
                    return NODES.stringNode(LocalDate.parse(text.strip(), SLASHED).toString());
                } catch (DateTimeParseException e2) {
                    throw new CellError("“" + text + "”不是日期（格式 2025-01-31）");
                }
            }
        }

        public String write(JsonNode value) {
            return value.asString();
        }

        public String describe() {
            return "日期，如 2025-01-31";
        }
    };

    /** 是 / 否 */
    CellSyntax YES_NO = choice(labels("true", "是", "false", "否"), true);

    static Map<String, String> labels(String... codeThenLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeThenLabel.length; i += 2) {
            m.put(codeThenLabel[i], codeThenLabel[i + 1]);
        }
        return m;
    }

    /** one value of a closed list, written as its Chinese label; the code is accepted too */
    static Choice choice(Map<String, String> labelByCode, boolean bool) {
        return new Choice(labelByCode, bool);
    }

    /** several values of a closed list, separated by 、 (or line breaks, commas, semicolons) */
    static CellSyntax set(Choice choice) {
        return new CellSyntax() {
            public JsonNode read(String text) {
                ArrayNode array = NODES.arrayNode();
                for (String part : text.split("[、,，;；\\r\\n]+")) {
                    if (!part.isBlank()) {
                        array.add(choice.read(part));
                    }
                }
                return array;
            }

            public String write(JsonNode value) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(choice.write(v)));
                return String.join("、", parts);
            }

            public String describe() {
                return "可多选，用顿号“、”分隔：" + choice.options();
            }
        };
    }

    /** one entry per line, each entry a line of text */
    CellSyntax LINES = new CellSyntax() {
        public JsonNode read(String text) {
            ArrayNode array = NODES.arrayNode();
            for (String line : Escapes.lines(text)) {
                array.add(Escapes.unescape(line.strip()));
            }
            return array;
        }

        public String write(JsonNode value) {
            List<String> lines = new ArrayList<>();
            value.forEach(v -> lines.add(Escapes.escape(v.asString())));
            return String.join("\n", lines);
        }

        public String describe() {
            return "每行一条（单元格内换行：Alt+Enter）";
        }
    };

    /** a JSON object written as the parts {@code a|b|c} of one entry */
    static Parts record(Part... parts) {
        return new Parts(List.of(parts));
    }

    /** a list of JSON objects, one entry per line */
    static CellSyntax list(Parts entry) {
        return new CellSyntax() {
            public JsonNode read(String text) {
                ArrayNode array = NODES.arrayNode();
                List<String> lines = Escapes.lines(text);
                for (int i = 0; i < lines.size(); i++) {
                    try {
                        array.add(entry.read(lines.get(i)));
                    } catch (CellError e) {
                        throw new CellError("第" + (i + 1) + "条：" + e.getMessage());
                    }
                }
                return array;
            }

            public String write(JsonNode value) {
                List<String> lines = new ArrayList<>();
                value.forEach(v -> lines.add(entry.write(v)));
                return String.join("\n", lines);
            }

            public String describe() {
                return "每行一条，每条写作“" + entry.describe() + "”";
            }
        };
    }

    /** one part of an entry: its JSON field, Chinese name and syntax */
    record Part(String field, String label, CellSyntax syntax) {
    }

    /** a closed list of codes with their Chinese labels */
    final class Choice implements CellSyntax {

        private final Map<String, String> labelByCode;
        private final Map<String, String> codeByKey = new LinkedHashMap<>();
        private final boolean bool;

        Choice(Map<String, String> labelByCode, boolean bool) {
            this.labelByCode = labelByCode;
            this.bool = bool;
            labelByCode.forEach((code, label) -> {
                codeByKey.put(code.toUpperCase(java.util.Locale.ROOT), code);
                codeByKey.putIfAbsent(label, code);
            });
            if (bool) {
                codeByKey.put("Y", "true");
                codeByKey.put("N", "false");
                codeByKey.put("1", "true");
                codeByKey.put("0", "false");
            }
        }

        public JsonNode read(String text) {
            String t = text.strip();
            String code = codeByKey.get(t);
            if (code == null) {
                code = codeByKey.get(t.toUpperCase(java.util.Locale.ROOT));
            }
            if (code == null) {
                throw new CellError("“" + text + "”不是可选的值（可选：" + options() + "）");
            }
            return bool ? NODES.booleanNode(Boolean.parseBoolean(code)) : NODES.stringNode(code);
        }

        public String write(JsonNode value) {
            String code = value.isBoolean() ? String.valueOf(value.asBoolean()) : value.asString();
            return labelByCode.getOrDefault(code, code);
        }

        public String describe() {
            return "从下拉列表选择：" + options();
        }

        /** the labels, as the drop-down and the codes sheet list them */
        List<String> labels() {
            return List.copyOf(labelByCode.values());
        }

        Map<String, String> labelByCode() {
            return labelByCode;
        }

        String options() {
            List<String> labels = labels();
            String shown = String.join("、", labels.subList(0, Math.min(12, labels.size())));
            return labels.size() > 12 ? shown + " 等（见“代码”表）" : shown;
        }
    }

    /** the parts of one entry */
    final class Parts implements CellSyntax {

        private final List<Part> parts;

        Parts(List<Part> parts) {
            this.parts = parts;
        }

        public ObjectNode read(String text) {
            List<String> values = Escapes.split(text);
            if (values.size() > parts.size()) {
                throw new CellError("多于" + parts.size() + "个部分（" + describe() + "）");
            }
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i).strip();
                if (!v.isEmpty()) {
                    Part p = parts.get(i);
                    try {
                        object.set(p.field(), p.syntax().read(v));
                    } catch (CellError e) {
                        throw new CellError(p.label() + e.getMessage());
                    }
                }
            }
            return object;
        }

        public String write(JsonNode value) {
            List<String> out = new ArrayList<>();
            for (Part p : parts) {
                JsonNode v = value.get(p.field());
                out.add(v == null || v.isNull() ? "" : Escapes.escape(p.syntax().write(v)));
            }
            while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            return String.join("|", out);
        }

        public String describe() {
            return String.join("|", parts.stream().map(Part::label).toList());
        }

        List<Part> parts() {
            return parts;
        }
    }
}
