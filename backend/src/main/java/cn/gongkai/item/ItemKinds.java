package cn.gongkai.item;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registered lists and the translation between request bodies, stored JSON and views. A body is split into
 * the envelope ({@link ItemRequest}) and the kind's content; both are validated with field paths such as
 * {@code legalBasis[0].title}, so the console can put each message next to its field.
 */
@Component
class ItemKinds {

    /** envelope and read-only fields: accepted in a body (a client may send back what it read) but not content */
    private static final Set<String> ENVELOPE = Set.of("id", "kind", "orgId", "orgName", "code", "name", "status",
            "version", "revision", "changeReason", "createdAt", "createdBy", "updatedAt", "updatedBy", "submittedAt",
            "submittedBy", "publishedAt", "archivedAt", "archiveReason");

    /** computed fields of the view (warnings, extensions): accepted in a body like the envelope, never stored */
    private static final String WARNINGS = "warnings";

    /**
     * The lists' definitions and view extensions are looked up on first use, not injected: they read other items
     * through {@link ItemLookup}, which needs this class.
     */
    private final ObjectProvider<ItemKindDefinition<?>> definitionBeans;
    private final ObjectProvider<ItemViewExtension> extensions;
    private final JsonMapper json;
    /** a reader per content type and strictness: making one per row was a measurable part of an import's checks */
    private final Map<Class<?>, ObjectReader> strictReaders = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> lenientReaders = new ConcurrentHashMap<>();
    private final Validator validator;
    private volatile Map<ItemKind, ItemKindDefinition<?>> definitions;
    /** the fields the view extensions add (looked up once: every save and every imported row needs them) */
    private volatile Set<String> extensionFields;

    ItemKinds(ObjectProvider<ItemKindDefinition<?>> definitionBeans, ObjectProvider<ItemViewExtension> extensions,
            JsonMapper json, Validator validator) {
        this.definitionBeans = definitionBeans;
        this.extensions = extensions;
        this.json = json;
        this.validator = validator;
    }

    private Map<ItemKind, ItemKindDefinition<?>> definitions() {
        Map<ItemKind, ItemKindDefinition<?>> d = definitions;
        if (d == null) {
            d = new EnumMap<>(ItemKind.class);
            for (ItemKindDefinition<?> definition : definitionBeans) {
                d.put(definition.kind(), definition);
            }
            definitions = d;
        }
        return d;
    }

    /** the kind of a path segment; 404 for a list that does not exist (yet) */
    ItemKind kind(String path) {
        return ItemKind.fromPath(path).filter(definitions()::containsKey)
                .orElseThrow(() -> ApiException.notFound("请求的资源不存在"));
    }

    private Set<String> extensionFields() {
        Set<String> fields = extensionFields;
        if (fields == null) {
            Set<String> names = new java.util.HashSet<>();
            extensions.orderedStream().forEach(e -> names.addAll(e.fieldNames()));
            fields = Set.copyOf(names);
            extensionFields = fields;
        }
        return fields;
    }

    ItemRequest envelope(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw ApiException.badRequest("请求体必须是 JSON 对象");
        }
        ObjectNode envelope = json.createObjectNode();
        for (String name : List.of("orgId", "version", "code", "name", "changeReason")) {
            if (object.has(name)) {
                envelope.set(name, object.get(name));
            }
        }
        ItemRequest request = read(envelope, ItemRequest.class, false);
        throwIfInvalid(validate(request));
        return request;
    }

    /** the body's content, validated (the field-level and cross-field rules of every save) */
    ItemContent content(ItemKind kind, JsonNode body) {
        ObjectNode content = ((ObjectNode) body).deepCopy();
        ENVELOPE.forEach(content::remove);
        content.remove(WARNINGS);
        extensionFields().forEach(content::remove);
        ItemContent parsed = read(content, definitions().get(kind).contentType(), true);
        List<FieldError> errors = new ArrayList<>(validate(parsed));
        if (errors.isEmpty()) {
            errors.addAll(parsed.violations());
        }
        throwIfInvalid(errors);
        return parsed;
    }

    List<FieldError> check(ItemKind kind, long orgId, Long itemId, ItemContent content, CurrentUser user) {
        return definition(kind).check(orgId, itemId, content, user);
    }

    /** the view's {@code warnings}: doubtful but allowed, e.g. a citation of a superseded article */
    List<FieldError> warnings(ItemKind kind, String stored) {
        return definition(kind).warnings(deserialize(kind, stored));
    }

    /** the view fields that extensions add to a single item */
    Map<String, Object> extras(ItemKind kind, long id, boolean publicView) {
        Map<String, Object> extras = new java.util.LinkedHashMap<>();
        extensions.orderedStream().forEach(e -> extras.putAll(e.extras(kind, id, publicView)));
        return extras;
    }

    /** the view fields that extensions add to the rows of a list page, by item id */
    Map<Long, Map<String, Object>> listExtras(ItemKind kind, java.util.Collection<Long> ids) {
        Map<Long, Map<String, Object>> extras = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            extensions.orderedStream().forEach(e -> e.listExtras(kind, ids).forEach((id, fields) ->
                    extras.computeIfAbsent(id, k -> new java.util.LinkedHashMap<>()).putAll(fields)));
        }
        return extras;
    }

    @SuppressWarnings("unchecked")
    ItemKindDefinition<ItemContent> definition(ItemKind kind) {
        return (ItemKindDefinition<ItemContent>) definitions().get(kind);
    }

    String serialize(ItemContent content) {
        return json.writeValueAsString(content);
    }

    ItemContent deserialize(ItemKind kind, String stored) {
        return json.readValue(stored, definitions().get(kind).contentType());
    }

    /** the content as the view's flattened fields */
    @SuppressWarnings("unchecked")
    Map<String, Object> fields(String stored) {
        return json.readValue(stored, Map.class);
    }

    /** the view's fields ({@link #fields}) as a list's typed content */
    <C extends ItemContent> C convert(Map<String, Object> fields, Class<C> type) {
        return json.convertValue(fields, type);
    }

    /** code, name and content fields as one JSON object, for diffs */
    ObjectNode comparable(String code, String name, String stored) {
        ObjectNode node = json.createObjectNode();
        node.put("code", code);
        node.put("name", name);
        node.setAll((ObjectNode) json.readTree(stored));
        return node;
    }

    private <T> T read(ObjectNode node, Class<T> type, boolean strict) {
        try {
            ObjectReader reader = strict
                    ? strictReaders.computeIfAbsent(type, t -> json.readerFor(t)
                            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                    : lenientReaders.computeIfAbsent(type, t -> json.readerFor(t)
                            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
            return reader.readValue(node);
        } catch (DatabindException e) {
            String field = path(e);
            String message = e.getClass().getSimpleName().startsWith("UnrecognizedProperty")
                    ? "不认识的字段" : "值无效或类型不正确";
            throw ApiException.invalidField(field, "字段 " + field + " " + message);
        } catch (JacksonException e) {
            throw ApiException.badRequest("请求体不是有效的 JSON");
        }
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private List<FieldError> validate(Object value) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return errors;
    }

    static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String summary = errors.size() == 1 ? errors.get(0).message()
                    : errors.get(0).message() + " 等 " + errors.size() + " 处错误";
            throw ApiException.badRequest("输入有误：" + summary).withErrors(errors);
        }
    }
}
