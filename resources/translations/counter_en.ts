<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="27"/>
        <source>Necesita atención</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="32"/>
        <source>Cambios que el servidor no aceptó (se conservan aquí y no se reenvían) y casos abiertos de la tienda. La central los revisa.</source>
        <translation>Changes the server did not accept (kept here and never sent again) and the shop&apos;s open cases. Head office reviews them.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Sobre</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="44"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="57"/>
        <source>Cambio rechazado</source>
        <translation>Rejected change</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="58"/>
        <source>Saldo de puntos en negativo</source>
        <translation>Points balance below zero</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="59"/>
        <source>Venta a revisar</source>
        <translation>Sale to review</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="45"/>
        <source>Código de producto (F3) y Intro</source>
        <translation>Product code (F3) and Enter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="47"/>
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="67"/>
        <source>Una unidad menos</source>
        <translation>One fewer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="68"/>
        <source>Una unidad más</source>
        <translation>One more</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="69"/>
        <source>Cantidad…</source>
        <translation>Quantity…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Dto. línea…</source>
        <translation>Line discount…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Quitar línea</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Dto. ticket…</source>
        <translation>Sale discount…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="91"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="93"/>
        <source>Descuentos</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>Cobrar (F9)</source>
        <translation>Take payment (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="104"/>
        <source>Venta</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="180"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="180"/>
        <source>Unidades:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="195"/>
        <source>Descuento de línea</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="204"/>
        <source>Descuento de ticket</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="234"/>
        <source>IVA {rate} %: {vat}</source>
        <translation>VAT {rate}%: {vat}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="240"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation>No customer: this sale earns no points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="243"/>
        <source>Puntos de esta venta: {n}</source>
        <translation>Points from this sale: {n}</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation>Disc.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="58"/>
        <source>Cámara</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="61"/>
        <source>Devolución (F8)</source>
        <translation>Return (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="63"/>
        <source>Tickets (F7)</source>
        <translation>Receipts (F7)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="65"/>
        <source>Nueva venta</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="67"/>
        <source>Cambiar usuario (F12)</source>
        <translation>Switch user (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="190"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation>Camera on: hold the code up to the camera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="193"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation>The camera cannot be used: {r}</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation>0 = no discount</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="21"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation>Code {code} is not valid (wrong check digit). Please scan it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="25"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation>There is no product with code {code}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="26"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation>“{name}” ({code}) has been discontinued and cannot be sold.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="29"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation>The quantity must be a whole number from 1 to 999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="32"/>
        <source>«{text}» no es un importe válido.</source>
        <translation>“{text}” is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="33"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation>Your profile allows discounts of up to {limit}%. Please ask a manager.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="36"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation>There are no products in the sale.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="37"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation>{missing} still to pay.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>Código o PIN incorrecto.</source>
        <translation>Wrong code or PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation>Too many attempts. Code locked for {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="42"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation>This tablet has not reached head office for more than {days} days: connect it to the network and sync to log in.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="47"/>
        <source>Su perfil no permite esta operación.</source>
        <translation>Your profile does not allow this operation.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="48"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation>Receipt {number} not found.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation>Only {left} units of “{name}” are left to return.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="52"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation>Customer not found in this shop.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="53"/>
        <source>El DNI/NIE «{text}» no es válido: revise la letra.</source>
        <translation>The DNI/NIE “{text}” is not valid: please check the letter.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="56"/>
        <source>«{text}» no es un teléfono válido.</source>
        <translation>“{text}” is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="57"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation>“{text}” is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="59"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation>Something went wrong. Nothing has been half-saved; please try again.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation>Receipt history</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="48"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation>Card, phone, DNI/NIE, email or name (F2)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Compra</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="77"/>
        <source>Quitar cliente</source>
        <translation>Remove customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="87"/>
        <source>Últimas compras</source>
        <translation>Recent purchases</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="93"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>socia</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>no socia</source>
        <translation>non-member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="132"/>
        <source>Ningún cliente encontrado.</source>
        <translation>No customers found.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>Socia del club</source>
        <translation>Club member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>No socia</source>
        <translation>Not a member</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="188"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="191"/>
        <source>Tarjeta {n}</source>
        <translation>Card {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="197"/>
        <source>Socia desde {d}</source>
        <translation>Member since {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="200"/>
        <source>Cumpleaños el {d}</source>
        <translation>Birthday on {d}</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation>Log in to start</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation>Enter your code and your PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="24"/>
        <source>Loyalty Counter — {store}</source>
        <translation>Loyalty Counter — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="46"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation>Shop {store} · Till {device}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>Usuario: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99"/>
        <source>Sin usuario</source>
        <translation>No user</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="150"/>
        <source>Cambios sin enviar</source>
        <translation>Changes not sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="152"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>%n change has not been sent to the server yet. It will be sent the next time the app is opened with a connection. Close anyway?</numerusform>
            <numerusform>%n changes have not been sent to the server yet. They will be sent the next time the app is opened with a connection. Close anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="161"/>
        <source>● En línea</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="163"/>
        <source>● Sin conexión</source>
        <translation>● Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="133"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111"/>
        <source>dependiente</source>
        <translation>sales assistant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="112"/>
        <source>asesora de belleza</source>
        <translation>beauty adviser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="113"/>
        <source>encargada</source>
        <translation>manager</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="30"/>
        <source>Cobrar</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="35"/>
        <source>Total a cobrar: {t}</source>
        <translation>Total to pay: {t}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="49"/>
        <source>Todo con tarjeta</source>
        <translation>All by card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="51"/>
        <source>Efectivo exacto</source>
        <translation>Exact cash</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Confirmar cobro</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="61"/>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="65"/>
        <source>Tarjeta (€)</source>
        <translation>Card (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="68"/>
        <source>Efectivo entregado (€)</source>
        <translation>Cash tendered (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="102"/>
        <source>Cambio: {c}</source>
        <translation>Change: {c}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="45"/>
        <source>Ticket {n}</source>
        <translation>Receipt {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="50"/>
        <source>Preparando el ticket…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="56"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="57"/>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="58"/>
        <source>Nueva venta</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="87"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="92"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28px&apos;&gt;Change: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="98"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation>Points: {p} · Balance: {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="114"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation>The receipt could not be prepared: {e}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="123"/>
        <source>Guardar ticket</source>
        <translation>Save receipt</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation>Scan the receipt&apos;s QR code or type its number</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation>Cash refund</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation>Refund to card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation>Receipt {n} from {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation>Enter how many units are being returned.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation>Set up this till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation>Register this till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation>This is the first time the app has been opened on this till. Enter the server address, the shop code and the registration code head office gave you.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation>The server address starts with http:// or https://, for example http://192.168.1.10:8000.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation>The shop code has only letters and digits, like S001.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation>The registration code has 12 letters and digits: XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation>Registering the till…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation>Cannot connect to the server {url}. Check the address and that the till is on the network.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation>The server needs a newer version of this app. Update it before registering the till.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation>The server is not answering properly right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation>This till is already registered.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation>The registration code is not valid for shop {store}. Check both codes or ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation>This registration code has already been used. Ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation>This registration code has expired. Ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation>The server did not accept the registration ({detail}).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation>Till {device} of {store} registered.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation>Downloading the shop&apos;s data: catalogue, staff and customers…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation>First sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation>Stopping the download; it will carry on in the background…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="66"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="129"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Review (%n)</numerusform>
            <numerusform>Review (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="131"/>
        <source>● Sin servidor</source>
        <translation>● No server</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="141"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation>This till is not registered with any server: it does not sync.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="162"/>
        <source>● Sincronizando…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="164"/>
        <source>● La sincronización no avanza</source>
        <translation>● Sync is stuck</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="165"/>
        <source>● Terminal dado de baja</source>
        <translation>● Till revoked</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="166"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation>● The app must be updated</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="171"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="174"/>
        <source>(desde {age})</source>
        <translation>(oldest {age})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="176"/>
        <source>Sin cambios pendientes</source>
        <translation>Nothing waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="178"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="181"/>
        <source>última sincronización {time}</source>
        <translation>last sync {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="184"/>
        <source>aún sin sincronizar</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="189"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation>The server cannot be reached. Sales are kept on this till.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="191"/>
        <source>Siguiente intento: {time}.</source>
        <translation>Next attempt: {time}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="197"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation>The server answers, but some changes are not getting through. Tell support.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="200"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation>Head office has revoked this till. Tell support.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="202"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation>The server does not accept this version of the app. Tell support.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="208"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="210"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="211"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="222"/>
        <source>Terminal dado de baja</source>
        <translation>Till revoked</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="224"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation>Head office has revoked this till, so it no longer syncs with the server.

Sales are still kept on this till and nothing is lost. Ask support to register it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="229"/>
        <source>Hay que actualizar la aplicación</source>
        <translation>The app must be updated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="231"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation>The server no longer accepts this version of the app.

Sales are still kept on this till and will be sent once the app is updated. Ask support to update it.</translation>
    </message>
</context>
</TS>
