package dev.kinship.examples.manytomany;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import java.util.List;

/** Many-to-many: products and tags through the join table ProductTags. */
public final class ManyToManyChapter {

    private ManyToManyChapter() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(Product.class).model(Tag.class)
            .associate(Associations.of(Product.class)
                .belongsToMany(Tag.class).through("ProductTags").foreignKey("productId").otherKey("tagId").as("tags"))
            .associate(Associations.of(Tag.class)
                .belongsToMany(Product.class).through("ProductTags").foreignKey("tagId").otherKey("productId")
                    .as("products"))
            .build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("Many-to-many: Product belongsToMany Tag through ProductTags");
        db.sync();
        try (Session s = db.openSession()) {
            Tag sale = s.insert(new Tag("sale"));
            Tag eco = s.insert(new Tag("eco"));
            for (String name : new String[] {"kettle", "lamp", "chair"}) {
                Product product = s.insert(new Product(name));
                log.step(s, "tag the " + name + ": one INSERT for both join rows, skipping links that exist", () -> {
                    s.toMany(product, "tags").addAll(List.of(sale, eco));
                    return true;
                }, true, 1);
            }
        }
        try (Session s = db.openSession()) {
            List<Product> products = s.query(Product.class).list();
            log.step(s, "every product's tags, lazily, batched", () -> products.stream()
                .mapToInt(p -> p.getTags().size()).sum(), 6, 1);
            Tag sale = s.query(Tag.class).where("name", "sale").first().orElseThrow();
            log.step(s, "the products tagged 'sale'", () -> sale.getProducts().size(), 3, 1);
            Product kettle = products.get(0);
            log.step(s, "removing 'sale' from the kettle deletes one join row; tags left", () -> {
                s.toMany(kettle, "tags").remove(sale);
                return s.toMany(kettle, "tags").count();
            }, 1L, 2);
        }
    }
}
