# Inheritance, super().__init__(), method override, isinstance / issubclass.


class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"

    def intro(self):
        return f"I am a {self.kind()} called {self.name}"


class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name, "woof")
        self.tricks = tricks or []

    def kind(self):
        return "dog"

    def speak(self):
        base = super().speak()
        return base + "!" * len(self.tricks)


class Puppy(Dog):
    def kind(self):
        return "puppy (" + super().kind() + ")"


class Cat(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, "meow")


animals = [Animal("generic"), Dog("rex", ["sit", "roll"]), Puppy("bit"), Cat("tom")]
for a in animals:
    print(a.speak(), "|", a.intro())
p = animals[2]
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Cat, (Dog, Animal)))
print(issubclass(bool, int), issubclass(int, object), isinstance(p, object))
print([type(a).__name__ for a in animals])


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "base hello"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Child(Left):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    def hello(self):
        return "child + " + super().hello()


c = Child()
print(c.log, c.hello())

