"""Generators: a lazy pipeline, and coroutines driven by send()

A function containing `yield` returns a generator: calling it runs nothing yet. Each next()
runs the body up to the following yield and pauses it there, with all its local variables
kept. Chain generators and you get a pipeline in which one item at a time travels all the way
through before the next one is even read. This is cooperative multitasking in its simplest
form: one thread, and control moves only at the yields you wrote.
send(value) resumes a generator and makes `yield` evaluate to that value, so a generator can
also consume data; `yield from` hands the whole conversation to a sub-generator and gives
back its return value.

What to look for:
- "read line 0" is followed by its result before "read line 1": items flow one by one.
- Only one of the generators runs at any moment; the others are suspended at a yield.
- The averager keeps its running total between send() calls, with no global variables.

Try this:
- Replace the for loop over the pipeline by list(pipeline). When are the lines read now?
- Remove `next(avg)`. Why does the first send() fail, and what does the error say?
- Set LINES to 0. What does the pipeline print?

---zh---
生成器：惰性的流水线，以及用 send() 驱动的协程

含有 yield 的函数被调用时返回一个生成器，函数体此时一行都还没执行。每次 next() 会让函数体运行到下一个 yield，
然后在那里暂停，所有局部变量都原样保留。把几个生成器串起来就成了一条流水线：
一个数据从头走到尾之后，下一个数据才会被读进来。这是最简单的“协作式多任务”：
只有一个线程，控制权只会在你亲手写下的 yield 处转移。
send(value) 会恢复生成器的执行，并让那个 yield 表达式的值等于 value，于是生成器也能“接收”数据；
yield from 则把整段对话交给子生成器，并取回它的返回值。

看点：
- “read line 0” 之后紧跟着它的处理结果，然后才是 “read line 1”：数据是一个一个流过去的。
- 任何时刻只有一个生成器在运行，其他的都停在某个 yield 上。
- averager 在两次 send() 之间记住了累计的总和，而且没有用任何全局变量。

试一试：
- 把遍历流水线的 for 循环换成 list(pipeline)。现在这些行是什么时候被读的？
- 删掉 next(avg) 这一行。为什么第一次 send() 会出错？错误信息是什么？
- 把 LINES 设为 0。流水线会打印什么？
"""
from interleave import note

LINES = 5  # @param 0..20


def read_lines(count):
    for i in range(count):
        note(f"read line {i}")
        yield f"line {i}"


def only_even(lines):
    for line in lines:
        if int(line.split()[1]) % 2 == 0:
            yield line


def shout(lines):
    for line in lines:
        yield line.upper()


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average          # pause here; send() resumes with a value
        if value is None:
            return average
        total += value
        count += 1
        average = total / count


def report(values):
    final = yield from averager()      # every send() goes straight to averager
    print(f"final average of {values}: {final}")
    yield "report done"


pipeline = shout(only_even(read_lines(LINES)))
print("pipeline built, nothing read yet")
for item in pipeline:
    print("got", item)

avg = averager()
next(avg)                              # run up to the first yield
for number in [10, 20, 60]:
    print("running average:", avg.send(number))
avg.close()                            # finish it for good

boss = report([1, 2, 3])
next(boss)
for number in [1, 2, 3]:
    boss.send(number)
print(boss.send(None))
